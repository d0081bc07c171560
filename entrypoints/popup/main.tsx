import './style.css';
import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { applyTheme, initialTheme } from '../../components/popup/theme';

// Colours before the first paint: the remembered theme, so a dark-mode user never sees a white flash.
applyTheme(initialTheme());

const root = document.getElementById('app')!;
render(<PopupApp />, root);

// Time from navigation start to the first frame with the tip on screen, read by the end-to-end test.
requestAnimationFrame(() => {
  root.dataset.firstPaintMs = performance.now().toFixed(1);
});

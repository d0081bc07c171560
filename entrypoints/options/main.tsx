import './style.css';
import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { applyTheme, initialTheme } from '../../components/popup/theme';

applyTheme(initialTheme());
render(<OptionsApp />, document.getElementById('app')!);

import { render } from 'preact';
import '../../components/tip-card.css';
import '../../components/options/options.css';
import '../../components/site-problem/site-problem.css';
import { OptionsApp } from '../../components/options/OptionsApp';
import { applyTheme, initialTheme } from '../../components/popup/theme';

applyTheme(initialTheme());
render(<OptionsApp />, document.getElementById('app')!);

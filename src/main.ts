import './ui/styles/app.css';
import './ui/styles/print.css';
import { startApp } from './ui/app';

// Exposed for browser tests and for support ("open the console and type __planLedger").
void startApp(document).then((app) => {
  window.__planLedger = app;
});

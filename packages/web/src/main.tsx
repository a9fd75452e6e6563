import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/index.ts';
import './app/app.css';
import { onUnauthorized } from './api/client.ts';
import { App } from './app/App.tsx';
import { router } from './app/router.tsx';
import { setSessionHint } from './modules/session/utils/session-hint.ts';

// Any 401 (an expired or ended session) leads to the sign-in page, which returns here afterwards.
onUnauthorized((error) => {
  setSessionHint(false);
  const { pathname, search } = window.location;
  if (pathname === '/login') return;
  const next = encodeURIComponent(`${pathname}${search}`);
  const reason = error.code === 'auth.session_expired' ? '&reason=expired' : '';
  void router.navigate(`/login?next=${next}${reason}`, { replace: true });
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

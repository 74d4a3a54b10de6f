import '@mantine/core/styles.css';
import './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { queryClient, setSessionLostHandler } from './query-client';
import { router } from './router';
import { theme } from './theme';
import { safeRedirect } from './routes/auth/redirect';

setSessionLostHandler(() => {
  const { pathname, searchStr } = router.state.location;
  if (pathname === '/masuk') return;
  queryClient.setQueryData(['me'], null);
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
  void router.navigate({ to: '/masuk', search: { redirect: safeRedirect(pathname + searchStr) } });
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);

import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from '@iep/web/data-access';
import { cssVariablesResolver, currentLanguage, theme } from '@iep/web/ui';
import { createRouter } from './router';

const client = createApolloClient({ language: currentLanguage });
const router = createRouter();

export function App() {
  return (
    <ApolloProvider client={client}>
      {/* Light only: every colour pair has been checked for contrast in the light scheme, not yet in the dark one. */}
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
        <Notifications position="top-center" />
        <RouterProvider router={router} />
      </MantineProvider>
    </ApolloProvider>
  );
}

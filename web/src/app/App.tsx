import { MantineProvider } from "@mantine/core";
import { MutationCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { BrowserRouter } from "react-router";
import { retryGlitchOnce } from "../platform/api.ts";
import { cssVariablesResolver, theme } from "../platform/theme.ts";
import { todoKeys } from "../todo/keys.ts";
import { AppRoutes } from "./AppRoutes.tsx";

const queryClient: QueryClient = new QueryClient({
  // The to-do list is derived from everything recorded (contacts, plans, jobs, referrals), so any
  // successful write may clear or add an item: the list and the navigation's count are refreshed.
  mutationCache: new MutationCache({
    onSuccess: () => queryClient.invalidateQueries({ queryKey: todoKeys.all }),
  }),
  defaultOptions: {
    queries: { refetchOnWindowFocus: false, retry: retryGlitchOnce },
  },
});

export function App() {
  return (
    <MantineProvider theme={theme} forceColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}

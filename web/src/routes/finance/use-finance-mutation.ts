import { useMutation, useQueryClient } from '@tanstack/react-query';

/** A finance change: on success every finance query is refreshed (lists, detail, portfolio, pipeline). */
export function useFinanceMutation<TVars, TResult>(fn: (v: TVars) => Promise<TResult>, opts: { onSuccess?: (r: TResult) => void; onError?: (e: unknown) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (r) => {
      await queryClient.invalidateQueries({ queryKey: ['finance'] });
      opts.onSuccess?.(r);
    },
    onError: opts.onError,
  });
}

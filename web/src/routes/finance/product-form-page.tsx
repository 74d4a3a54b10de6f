import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { CreditProduct, ProductPatch } from '../../api/finance-types';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { EMPTY_PRODUCT, inputOf, ProductForm, valuesOf, type ProductValues } from './product-form';
import { productQuery } from './queries';

const editRoute = getRouteApi('/app/pembiayaan/produk/$productId');

function useSave(id: string | null) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: ({ v }: { v: ProductValues; showError: (e: unknown) => void }) => {
      const input = inputOf(v);
      if (!id) return api.post<CreditProduct>('/api/finance/products', input);
      const { code, ...rest } = input;
      void code;
      const patch: ProductPatch = { ...rest, isActive: v.isActive };
      return api.patch<CreditProduct>(`/api/finance/products/${id}`, patch);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['finance'] });
      await navigate({ to: '/pembiayaan/produk' });
    },
    onError: (e, { showError }) => showError(e),
  });
}

export function ProductCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const save = useSave(null);
  return (
    <>
      <PageHeader title={t('finance.products.create')} />
      <Paper withBorder p="md">
        <ProductForm initial={EMPTY_PRODUCT} editing={false} saving={save.isPending} onSubmit={(v, showError) => save.mutate({ v, showError })} onCancel={() => void navigate({ to: '/pembiayaan/produk' })} />
      </Paper>
    </>
  );
}

export function ProductEditPage() {
  const { t, i18n } = useTranslation();
  const { productId } = editRoute.useParams();
  const navigate = useNavigate();
  const query = useQuery(productQuery(productId));
  const save = useSave(productId);
  return (
    <>
      <PageHeader title={query.data ? `${query.data.code} · ${query.data.name}` : t('finance.products.edit')} description={t('finance.products.edit')} />
      <QueryView query={query}>
        {(p) => (
          <Paper withBorder p="md">
            <ProductForm initial={valuesOf(p, i18n.language)} editing saving={save.isPending} onSubmit={(v, showError) => save.mutate({ v, showError })} onCancel={() => void navigate({ to: '/pembiayaan/produk' })} />
          </Paper>
        )}
      </QueryView>
    </>
  );
}

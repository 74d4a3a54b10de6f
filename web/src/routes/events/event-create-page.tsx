import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { EventForm, eventBodyOf, initialEventValues, type EventFormValues } from './event-form';
import { eventsApi } from './queries';

/** Programme staff create an event with its time slots (generated from a plan in WIB). */
export function EventCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: ({ v }: { v: EventFormValues; showError: (e: unknown) => void }) => eventsApi.create({ ...eventBodyOf(v), publish: v.publish }),
    onSuccess: async (ev) => {
      await queryClient.invalidateQueries({ queryKey: ['events'] });
      await navigate({ to: '/acara/$eventId', params: { eventId: ev.id } });
    },
    onError: (e, { showError }) => showError(e),
  });
  return (
    <>
      <PageHeader title={t('events.create')} description={t('events.form.createHint')} />
      <EventForm initial={initialEventValues()} isEdit={false} submitting={create.isPending} onSubmit={(v, showError) => create.mutate({ v, showError })} onCancel={() => void navigate({ to: '/acara' })} />
    </>
  );
}

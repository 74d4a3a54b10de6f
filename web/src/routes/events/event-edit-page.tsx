import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { EventForm, eventBodyOf, initialEventValues, type EventFormValues } from './event-form';
import { eventQuery, eventsApi } from './queries';

const route = getRouteApi('/app/acara/$eventId/ubah');

/** Programme staff change an event (slots only before meetings are scheduled). */
export function EventEditPage() {
  const { t } = useTranslation();
  const { eventId } = route.useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const query = useQuery(eventQuery(eventId));
  const save = useMutation({
    mutationFn: ({ v }: { v: EventFormValues; showError: (e: unknown) => void }) => eventsApi.update(eventId, eventBodyOf(v)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['events'] });
      await navigate({ to: '/acara/$eventId', params: { eventId } });
    },
    onError: (e, { showError }) => showError(e),
  });
  return (
    <QueryView query={query}>
      {(ev) => (
        <>
          <PageHeader title={t('events.edit')} description={ev.name} />
          <EventForm initial={initialEventValues(ev)} isEdit submitting={save.isPending} onSubmit={(v, showError) => save.mutate({ v, showError })} onCancel={() => void navigate({ to: '/acara/$eventId', params: { eventId } })} />
        </>
      )}
    </QueryView>
  );
}

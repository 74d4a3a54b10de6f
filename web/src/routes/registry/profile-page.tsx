import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { QueryView } from '../../components/query-view';
import { ProfileView } from './profile-view';
import { ikmProfileQuery } from './queries';

const route = getRouteApi('/app/registri/ikm/$orgId');

/** One IKM profile (404 when the viewer may not see it: buyers see verified IKM, an IKM only itself). */
export function ProfilePage() {
  const { orgId } = route.useParams();
  const query = useQuery(ikmProfileQuery(orgId));
  return <QueryView query={query}>{(p) => <ProfileView profile={p} />}</QueryView>;
}

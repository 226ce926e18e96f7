import { Outlet } from 'react-router';
import { NotFoundRoute } from '@iep/web/ui';
import { useMe } from '@iep/web/data-access';

/**
 * Administration pages exist only for district administrators; anyone else sees "page not found", the
 * same as for an address that does not exist. The API refuses them regardless.
 */
export function RequireDistrictAdmin() {
  const { me } = useMe();
  return me?.role === 'DISTRICT_ADMIN' ? <Outlet /> : <NotFoundRoute />;
}

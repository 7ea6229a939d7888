import type { StaffPageProps } from '../shell/route-table.js';

export function Page({ i18n }: StaffPageProps) {
  return <h1>{i18n.t('nav.dashboard')}</h1>;
}

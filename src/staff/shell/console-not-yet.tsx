/** The console's place in the route table until the console is built: says that it is not available yet. */
import type { StaffPageProps } from './route-table.js';

export function Page({ i18n }: StaffPageProps) {
  const t = i18n.t.bind(i18n);
  return (
    <>
      <h1>{t('pages.console.heading')}</h1>
      <div class="alert alert-info" role="status">
        <div class="alert-body">
          <p class="alert-text">{t('pages.console.notYet')}</p>
        </div>
      </div>
    </>
  );
}

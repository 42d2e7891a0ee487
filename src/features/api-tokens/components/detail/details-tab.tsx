import { DescriptionList } from '../../../../components/ui/description-list';
import { Skeleton } from '../../../../components/ui/skeleton';
import { useServices } from '../../../../lib/services';
import { commonMessages } from '../../../../messages/common';
import { detailMessages } from '../../messages/detail';
import type { ApiToken, AuditEvent } from '../../api/types';
import { withUnbrokenIds } from '../actions/unbroken-ids';
import { DateTime, EntityRef, TabCard } from './detail-parts';
import styles from './general-tab.module.css';

const detailsText = detailMessages.details;

export function DetailsTab({ token, loading }: { token: ApiToken; loading: boolean }) {
  const { apiBaseUrl } = useServices();
  const audit = token.audit;
  // Lists leave `audit` out; a placeholder from the grid waits for the real token instead of claiming "—".
  const pending = !audit && loading;
  // Said where it stands, as the other tabs' placeholders are: a term over silence reads as a value left empty.
  const placeholder = (width: number) => (
    <span role="status" aria-label={commonMessages.loading}>
      <Skeleton width={width} />
    </span>
  );
  const when = (event: AuditEvent | undefined, empty?: string) =>
    pending ? placeholder(140) : <DateTime iso={event?.at} emptyLabel={empty} relative />;
  const who = (event: AuditEvent | undefined) =>
    pending ? (
      placeholder(180)
    ) : event?.by ? (
      <EntityRef name={event.by.name} id={event.by.id} icon={event.by.icon} baseUrl={apiBaseUrl} />
    ) : (
      commonMessages.none
    );

  return (
    <TabCard heading={detailsText.heading}>
      <DescriptionList
        columns={2}
        items={[
          { term: detailsText.id, description: <span className={styles.id}>{token.id}</span> },
          {
            term: detailsText.account,
            description: token.account
              ? withUnbrokenIds(`${token.account.name ?? ''} (${token.account.id ?? ''})`)
              : commonMessages.none,
          },
          { term: detailsText.created, description: when(audit?.created) },
          { term: detailsText.createdBy, description: who(audit?.created) },
          { term: detailsText.updated, description: when(audit?.updated, detailsText.notUpdated) },
          { term: detailsText.updatedBy, description: who(audit?.updated) },
          {
            term: detailsText.lastAccess,
            description: <DateTime iso={token.lastAccessAt} emptyLabel={detailMessages.never} relative />,
          },
        ]}
      />
    </TabCard>
  );
}

import { Link } from 'react-router';
import { Avatar } from '../../../../components/ui/avatar';
import { Button } from '../../../../components/ui/button';
import { ArrowLeftIcon } from '../../../../components/ui/icons/arrow-left';
import { AlertIcon } from '../../../../components/ui/icons/alert';
import { ChevronDownIcon } from '../../../../components/ui/icons/chevron-down';
import { Menu, MenuContent, MenuTrigger } from '../../../../components/ui/menu';
import { useServices } from '../../../../lib/services';
import { detailMessages } from '../../messages/detail';
import type { ApiToken } from '../../api/types';
import { useTokenActions } from '../actions/token-actions-context';
import { TokenMenuItems } from '../actions/token-menu-items';
import { StatusBadge } from './detail-parts';
import { useGridReturn } from './grid-return';
import { useFocusOnArrival } from '../../../../hooks/use-focus-on-arrival';
import styles from './token-detail-page.module.css';

export function BackToGrid() {
  const to = useGridReturn();
  return (
    <Link to={to} className={styles.back} aria-label={detailMessages.back} title={detailMessages.back}>
      <ArrowLeftIcon size={20} />
    </Link>
  );
}

export function TokenDetailHeader({ token, onDeleted }: { token: ApiToken; onDeleted: () => void }) {
  const actions = useTokenActions();
  const { apiBaseUrl } = useServices();
  const name = token.name ?? token.id ?? '';
  const disabled = token.status === 'Disabled';
  const headingRef = useFocusOnArrival();

  return (
    <header className={styles.header}>
      <div className={styles.identity}>
        <BackToGrid />
        <Avatar name={name} src={token.icon} baseUrl={apiBaseUrl} size="lg" />
        <div className={styles.titles}>
          <p className={styles.kind}>
            <span>{detailMessages.kind}</span> <span className={styles.kindId}>{token.id}</span>
          </p>
          <div className={styles.nameRow}>
            <h1
              ref={headingRef}
              tabIndex={-1}
              className={styles.name}
              title={name}
              data-focus-landing-target=""
            >
              {name}
            </h1>
            <StatusBadge status={token.status} />
          </div>
        </div>
      </div>
      <div className={styles.headerActions}>
        {/* A disabled token's next step is usually to switch it back on, so Enable leads and Edit moves to the
            menu (docs/product-rules.md, 'Token states and actions'). */}
        {disabled ? (
          <Button variant="primary" onClick={() => actions.enable(token)}>
            {detailMessages.enable}
          </Button>
        ) : (
          <Button variant="primary" onClick={() => actions.edit(token)}>
            {detailMessages.edit}
          </Button>
        )}
        {/* Non-modal like the grid's menus: a modal menu hides the page from assistive tech while focus can
            still reach it (axe aria-hidden-focus). */}
        <Menu modal={false}>
          <MenuTrigger asChild>
            <Button
              variant="secondary"
              iconOnly
              aria-label={detailMessages.moreActions}
              icon={<ChevronDownIcon size={18} />}
            />
          </MenuTrigger>
          <MenuContent label={detailMessages.actionsMenu(name)}>
            {/* The same items, order and groups as the row menu, without the main action shown beside it. */}
            <TokenMenuItems token={token} without={disabled ? 'enable' : 'edit'} onDeleted={onDeleted} />
          </MenuContent>
        </Menu>
      </div>
    </header>
  );
}

/** Says, above everything else on the page, that the token does not work at the moment. */
export function DisabledBanner() {
  return (
    <div className={styles.disabledBanner} role="status">
      <AlertIcon size={18} />
      <p className={styles.disabledText}>
        <strong>{detailMessages.disabledBanner.title}</strong> {detailMessages.disabledBanner.body}
      </p>
    </div>
  );
}

// The module's words in German: one file per English messages file, each checked against its shape by
// `npm run typecheck`. Loaded only for a page in German (src/embed/language.ts).
import { translation } from '../../../../lib/catalogue-types';
import { commonMessages } from '../../../../messages/common';
import { common } from '../../../../messages/de/common';
import { copyMessages } from '../../../../messages/copy';
import { copy } from '../../../../messages/de/copy';
import { notifications } from '../../../../messages/de/notifications';
import { notificationMessages } from '../../../../messages/notifications';
import { actionMessages } from '../actions';
import { detailMessages } from '../detail';
import { gridMessages } from '../grid';
import { gridPanelMessages } from '../grid-panels';
import { hygieneMessages } from '../hygiene';
import { leakMessages } from '../leak';
import { rotateMessages } from '../rotate';
import { wizardMessages } from '../wizard';
import { actions } from './actions';
import { detail } from './detail';
import { grid } from './grid';
import { gridPanels } from './grid-panels';
import { hygiene } from './hygiene';
import { leak } from './leak';
import { rotate } from './rotate';
import { wizard } from './wizard';

export const catalogue = [
  translation(commonMessages, common),
  translation(copyMessages, copy),
  translation(notificationMessages, notifications),
  translation(actionMessages, actions),
  translation(detailMessages, detail),
  translation(gridMessages, grid),
  translation(gridPanelMessages, gridPanels),
  translation(hygieneMessages, hygiene),
  translation(leakMessages, leak),
  translation(rotateMessages, rotate),
  translation(wizardMessages, wizard),
];

/**
 * The Review tab: every curation override (who, when, why, what) with its undo. It owns no URL
 * state; its list is fetched whenever the tab opens (corrections are made elsewhere), and only
 * then: a closed tab's list is not worth a request on the first view's path.
 */
import { definePanel } from './panel';
import { mountReviewPanel } from './reviewPanel';

export const reviewTab = definePanel({
  id: 'review',
  label: 'Review',
  state: {},
  reloadOnOpen: true,
  mount({ section, explorer, state }) {
    const review = mountReviewPanel(section, explorer.curation ?? { changed() {} });
    return {
      async apply() {
        if (state().tab === 'review') await review.refresh();
        return null;
      },
    };
  },
});

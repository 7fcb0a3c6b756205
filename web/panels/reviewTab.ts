/**
 * The Review tab: every curation override (who, when, why, what) with its undo. It owns no URL
 * state; its list is fetched again whenever the tab opens, since corrections are made elsewhere.
 */
import { definePanel } from './panel';
import { mountReviewPanel } from './reviewPanel';

export const reviewTab = definePanel({
  id: 'review',
  label: 'Review',
  state: {},
  reloadOnOpen: true,
  mount({ section, explorer }) {
    const review = mountReviewPanel(section, explorer.curation ?? { changed() {} });
    return {
      async apply() {
        await review.refresh();
        return null;
      },
    };
  },
});

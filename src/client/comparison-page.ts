/**
 * The one script of a comparison page, so the page makes one script request rather than one per
 * component: votes in place, and "Your panel".
 */
import './votes.ts';
import './your-panel.ts';

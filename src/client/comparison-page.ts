/**
 * The one script of a comparison page, so the page makes one script request rather than one per
 * component: votes in place, and what "Your panel" needs until the reader opens it.
 */
import './votes.ts';
import './your-panel.ts';

/**
 * Every page's one script, and all a page loads before the reader uses something: it fetches the
 * code a control needs on that control's first use (the search box's suggestions, the content of a
 * `<details data-script>`). It imports nothing at run time, so it stays one small file.
 */
import { loadDetailsOnOpen } from './on-open.ts';
import './suggest.ts';

loadDetailsOnOpen();

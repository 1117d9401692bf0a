// The readerable check ships as its own CommonJS file; importing it alone keeps Readability
// out of the content script bundle.
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';
  const check: typeof isProbablyReaderable;
  export default check;
}

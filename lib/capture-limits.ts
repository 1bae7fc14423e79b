// How much a capture may carry between contexts. A module of its own, with no import, because the
// capture script injected into pages needs these and nothing else of `lib/capture.ts` (its schemas
// would bring Zod into every page it reads).

/** Longest page text carried across contexts (a directive is a few pages; a 5 MB page is cut). */
export const MAX_CAPTURE_CHARS = 400_000;
/** Longest page URL a capture carries. */
export const MAX_CAPTURE_URL = 4096;
/** Longest page title a capture carries. */
export const MAX_CAPTURE_TITLE = 1000;

import { expect, type Page } from "@playwright/test";

/** A server action's request as the browser sent it, to be sent again with other arguments. */
export type CapturedPost = { url: string; headers: Record<string, string>; body: Buffer };

/**
 * Runs `submit` (which makes the page call a server action on `path`) and captures the POST
 * without letting it through. Only the headers that name the action and its page are kept, so
 * that a replay carries whichever session the replaying context holds.
 */
export async function captureActionPost(
  page: Page,
  path: string,
  submit: () => Promise<void>,
): Promise<CapturedPost> {
  let resolve!: (post: CapturedPost) => void;
  const captured = new Promise<CapturedPost>((done) => (resolve = done));
  await page.route(`**${path}`, async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    const headers = await request.allHeaders();
    delete headers["cookie"];
    resolve({ url: request.url(), headers, body: request.postDataBuffer()! });
    await route.abort();
  });
  await submit();
  const post = await captured;
  await page.unroute(`**${path}`);
  expect(post.headers["next-action"]).toBeTruthy();
  return post;
}

/** The same action called with other arguments, as React encodes plain values: a JSON array. */
export function withArguments(post: CapturedPost, args: unknown[]) {
  return {
    headers: { ...post.headers, "content-type": "text/plain;charset=UTF-8" },
    data: JSON.stringify(args),
  };
}

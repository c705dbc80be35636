import { expect, test } from "@playwright/test";
import { axeViolations, faqShownAndClaimed, invisibleFocus, watchPrivacy } from "./gates/checks";

// Every browser gate runs its own check on one small known-bad page here, so a
// gate that could never fail would show up: a check that has never failed is not yet a check.

const BAD = "http://127.0.0.1/known-bad";

test("the axe gate rejects a page with an unlabelled image, an unnamed field and no language", async ({ page }) => {
  await page.setContent(`<!doctype html><title>Bad</title><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text"></main>`);
  const ids = (await axeViolations(page)).map((line) => line.split(" ")[0]);
  expect(ids).toEqual(expect.arrayContaining(["html-has-lang", "image-alt", "label"]));
});

test("the privacy gate rejects a request to another origin, a cookie and a console error", async ({ page }) => {
  // The third party never sees the request: it is answered here, and only its attempt is counted.
  await page.route("https://tracker.example/**", (route) => route.fulfill({ status: 204 }));
  await page.route(BAD, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><title>Bad</title><img alt="" src="https://tracker.example/pixel.gif"><script>document.cookie = "id=1"; console.error("boom")</script></html>`,
    }),
  );
  const watch = watchPrivacy(page, new URL(BAD).origin);
  watch.at("/known-bad");
  await page.goto(BAD, { waitUntil: "networkidle" });
  await watch.checkCookies("/known-bad");
  expect([...watch.problems].sort()).toEqual([
    "/known-bad: console error: boom",
    '/known-bad: document.cookie is "id=1"',
    "/known-bad: request to https://tracker.example/pixel.gif",
  ]);
});

test("the keyboard gate rejects focus that cannot be seen", async ({ page }) => {
  await page.setContent(`<!doctype html><html lang="en"><title>Bad</title><style>a:focus { outline: none; box-shadow: none }</style><a href="#x">Link</a></html>`);
  await page.keyboard.press("Tab");
  expect(await invisibleFocus(page)).toMatch(/^no visible focus on .*"tag":"A"/);
});

test("the JSON-LD gate rejects structured data that claims an answer the page does not show", async ({ page }) => {
  const jsonLd = JSON.stringify({
    "@context": "https://schema.org",
    "@type": "FAQPage",
    mainEntity: [{ "@type": "Question", name: "Is IOP free?", acceptedAnswer: { "@type": "Answer", text: "Always, everywhere." } }],
  });
  await page.setContent(
    `<!doctype html><html lang="en"><title>Bad</title><script type="application/ld+json">${jsonLd}</script>` +
      `<div class="faq"><details><summary>Is IOP free?</summary><div class="prose"><p>It depends on your plan.</p></div></details></div></html>`,
  );
  const { shown, claimed } = await faqShownAndClaimed(page);
  expect(claimed).not.toEqual(shown);
  expect(claimed).toEqual([{ q: "Is IOP free?", a: "Always, everywhere." }]);
});

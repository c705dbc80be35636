/**
 * A page for an old address on a static host that cannot send a real
 * redirect: it points search engines at the new address and moves the reader
 * on without JavaScript.
 */
export function redirectPage(to: string, absoluteTo: string): string {
  const escaped = to.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>This page has moved</title>
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${escaped}">
<link rel="canonical" href="${absoluteTo.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)}">
</head>
<body>
<p>This page has moved to <a href="${escaped}">${escaped}</a>.</p>
</body>
</html>
`;
}

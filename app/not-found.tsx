export default function NotFound() {
  return (
    <>
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-4 text-lg">There is no page at this address. It may have been mistyped, or the page may have moved.</p>
      <ul className="mt-4 list-disc space-y-1 pl-6 text-lg">
        <li>
          <a className="text-brand-800 underline" href="/">
            Go to the home page
          </a>
        </li>
        <li>
          <a className="text-brand-800 underline" href="/topics">
            See every topic
          </a>
        </li>
      </ul>
    </>
  );
}

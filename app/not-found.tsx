import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-4 text-lg">There is no page at this address. It may have been mistyped, or the page may have moved.</p>
      <ul className="mt-4 list-disc space-y-1 pl-6 text-lg">
        <li>
          <Link className="text-brand-800 underline" href="/">
            Go to the home page
          </Link>
        </li>
        <li>
          <Link className="text-brand-800 underline" href="/topics">
            See every topic
          </Link>
        </li>
      </ul>
    </>
  );
}

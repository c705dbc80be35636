import { notFoundRoute } from "./_pages/not-found";
import { rootLayout } from "./_pages/layout";
import "./globals.css";

// With one root layout per language there is no layout to compose the site's 404 page from,
// so it is a whole document of its own (Next's global-not-found): the English page, out/404.html.
const route = notFoundRoute("en");
const { Layout } = rootLayout("en");
// Next marks this page noindex itself.
export const metadata = { title: route.metadata().title };

export default function GlobalNotFound() {
  return (
    <Layout>
      <route.Page />
    </Layout>
  );
}

import { notFoundRoute } from "../../../_pages/not-found";

// Exported as out/es/404.html: hosts answer an unknown /es/... address with it, status 404.
const route = notFoundRoute("es");
export const metadata = route.metadata();
export default route.Page;

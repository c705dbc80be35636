import { articleRoute } from "../../../_pages/article";

const route = articleRoute("es");
// Only the slugs built here exist; anything else is a real 404.
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;

import { openGraphImageRoute } from "../../../_pages/opengraph-image";

const route = openGraphImageRoute("es");
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const generateStaticParams = route.generateStaticParams;
export default route.Image;

import { hubRoute } from "../../../_pages/hubs";

const route = hubRoute("topics", "es");
export const generateMetadata = route.generateMetadata;
export default route.Page;

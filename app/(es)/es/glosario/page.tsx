import { hubRoute } from "../../../_pages/hubs";

const route = hubRoute("glossary", "es");
export const generateMetadata = route.generateMetadata;
export default route.Page;

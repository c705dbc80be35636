import { searchRoute } from "../../_pages/search";

const route = searchRoute("en");
export const generateMetadata = route.generateMetadata;
export default route.Page;

import { searchRoute } from "../../../_pages/search";

const route = searchRoute("es");
export const generateMetadata = route.generateMetadata;
export default route.Page;

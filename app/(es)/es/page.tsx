import { homeRoute } from "../../_pages/home";

const route = homeRoute("es");
export const generateMetadata = route.generateMetadata;
export default route.Page;

import { checklistRoute } from "../../../_pages/checklist";

const route = checklistRoute("en");
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;

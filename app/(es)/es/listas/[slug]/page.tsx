import { checklistRoute } from "../../../../_pages/checklist";

const route = checklistRoute("es");
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;

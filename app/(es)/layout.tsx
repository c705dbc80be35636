import { rootLayout } from "../_pages/layout";
import "../globals.css";

const layout = rootLayout("es");
export const generateMetadata = layout.generateMetadata;
export const viewport = layout.viewport;
export default layout.Layout;

import type { Metadata } from "next";

import {
  DASHBOARD_NOT_FOUND_TITLE,
  DashboardNotFound,
} from "@/components/dashboard/dashboard-not-found";

export const metadata: Metadata = { title: DASHBOARD_NOT_FOUND_TITLE };

export default DashboardNotFound;

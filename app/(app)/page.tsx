import { redirect } from "next/navigation";

// The recommendations are the home page until the dashboard exists.
export default function HomePage() {
  redirect("/aanbevelingen");
}

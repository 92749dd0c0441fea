import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { HttpApi } from "./api/client";
import { App } from "./App";
import "./styles.css";

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App api={new HttpApi()} />
    </StrictMode>,
  );
}

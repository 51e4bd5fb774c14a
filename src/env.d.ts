declare namespace App {
  interface Locals {
    /** The file of the post this page renders, set by the page so the middleware can name it in errors. */
    postFile?: string;
  }
}

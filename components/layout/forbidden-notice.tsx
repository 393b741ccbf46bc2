// What a page shows a signed-in user who may not see it: the page's title and the refusal,
// rendered by the server (the domain function refuses again if it were called).
export function ForbiddenNotice({ title, message }: { title: string; message: string }) {
  return (
    <>
      <h1 className="utrecht-heading-1">{title}</h1>
      <div className="utrecht-alert utrecht-alert--error form-alert" role="alert">
        <p className="utrecht-paragraph">{message}</p>
      </div>
    </>
  );
}

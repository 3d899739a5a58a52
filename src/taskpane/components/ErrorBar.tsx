// An error the user should read: what failed, in Korean.
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { ERROR_TITLE } from "../strings";

export function ErrorBar({ message }: { message: string }) {
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{ERROR_TITLE}</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}

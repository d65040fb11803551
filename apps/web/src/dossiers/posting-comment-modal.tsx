import { App, Form } from 'antd';
import { ModalForm } from '../shared/form-modal';
import { TextField } from '../shared/fields';
import { DateField } from '../registrations/date-field';
import { type PostingComment, type PostingCommentInput, useSavePostingComment } from './api';
import { texts } from './texts';

const t = texts.posting;
const FIELDS = ['receivedOn', 'sender', 'content', 'response'] as const;

/** Adds or edits a comment received during the posting, with the standing office's handling. */
export function PostingCommentModal({
  batchId,
  comment,
  open,
  onClose,
}: {
  batchId: string;
  comment: PostingComment | null;
  open: boolean;
  onClose: () => void;
}) {
  const save = useSavePostingComment(batchId);
  const { message } = App.useApp();
  if (!open) return null;
  return (
    <ModalForm<PostingCommentInput>
      title={t.commentTitle(comment !== null)}
      okText={texts.save}
      name="posting-comment"
      fields={FIELDS}
      onClose={onClose}
      {...(comment
        ? {
            initialValues: {
              receivedOn: comment.receivedOn,
              sender: comment.sender ?? '',
              content: comment.content,
              response: comment.response ?? '',
            },
          }
        : {})}
      save={async (values) => {
        await save.mutateAsync({
          comment,
          input: {
            receivedOn: values.receivedOn,
            sender: values.sender?.trim() ?? '',
            content: values.content.trim(),
            response: values.response?.trim() ?? '',
          },
        });
        void message.success(texts.saved);
      }}
    >
      <Form.Item
        name="receivedOn"
        label={t.receivedOn}
        htmlFor="posting-comment-on"
        rules={[{ required: true, message: t.required_(t.receivedOn) }]}
      >
        <DateField id="posting-comment-on" />
      </Form.Item>
      <TextField
        name="sender"
        label={t.sender}
        id="posting-comment-sender"
        extra={t.senderHelp}
        maxLength={500}
      />
      <TextField
        name="content"
        label={t.content}
        id="posting-comment-content"
        required
        rows={3}
        maxLength={5000}
      />
      <TextField name="response" label={t.response} id="posting-comment-response" rows={3} maxLength={5000} />
    </ModalForm>
  );
}

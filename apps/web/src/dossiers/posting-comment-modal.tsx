import { App, Form, Modal } from 'antd';
import { useState } from 'react';
import { type FormProblem, showFieldErrors } from '../api/form-errors';
import { TextField } from '../shared/fields';
import { ProblemAlert } from '../shared/problem-alert';
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
  const [form] = Form.useForm<PostingCommentInput>();
  const save = useSavePostingComment(batchId);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const { message } = App.useApp();

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setProblem(null);
    try {
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
      onClose();
    } catch (error) {
      setProblem(showFieldErrors(form, error, FIELDS));
    }
  };

  return (
    <Modal
      open={open}
      title={t.commentTitle(comment !== null)}
      okText={texts.save}
      cancelText={texts.cancel}
      confirmLoading={save.isPending}
      onOk={() => void submit()}
      onCancel={() => {
        setProblem(null);
        onClose();
      }}
      destroyOnHidden
    >
      {problem && <ProblemAlert problem={problem} />}
      <Form
        form={form}
        layout="vertical"
        name="posting-comment"
        preserve={false}
        initialValues={
          comment
            ? {
                receivedOn: comment.receivedOn,
                sender: comment.sender ?? '',
                content: comment.content,
                response: comment.response ?? '',
              }
            : undefined
        }
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
        <TextField
          name="response"
          label={t.response}
          id="posting-comment-response"
          rows={3}
          maxLength={5000}
        />
      </Form>
    </Modal>
  );
}

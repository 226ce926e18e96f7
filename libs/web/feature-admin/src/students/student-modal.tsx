import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GRADES } from '@iep/domain/district-records';
import { graphql } from '@iep/web/data-access';
import { TextField } from '@iep/web/ui';
import { LIMITS, birthDateProblem, requiredText } from '../admin-rules';
import { RecordForm, RecordFormModal, useAdminForm, useRecordMutations, type RecordDialogProps } from '../admin-ui';

const CreateStudentMutation = graphql(`
  mutation CreateStudent($input: CreateStudentInput!) {
    createStudent(input: $input) {
      id
    }
  }
`);

const UpdateStudentMutation = graphql(`
  mutation UpdateStudent($input: UpdateStudentInput!) {
    updateStudent(input: $input) {
      ...AdminStudent_student @unmask
    }
  }
`);

export type EditableStudent = {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  grade: string;
  school: { id: string };
};

type Props = RecordDialogProps & {
  /** null to add a student. */
  student: EditableStudent | null;
  schools: Array<{ value: string; label: string }>;
};

export function StudentModal({ opened, student, schools, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <RecordFormModal
      opened={opened}
      record={student}
      onClose={onClose}
      createTitle={t('admin.students.form.createTitle')}
      editTitle={({ firstName, lastName }) =>
        t('admin.students.form.editTitle', { name: `${firstName} ${lastName}` })
      }
    >
      <StudentForm student={student} schools={schools} onClose={onClose} onSaved={onSaved} />
    </RecordFormModal>
  );
}

function StudentForm({ student, schools, onClose, onSaved }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const { create, update, loading } = useRecordMutations(CreateStudentMutation, UpdateStudentMutation);
  const { form, submit, failure } = useAdminForm(
    'student',
    {
      firstName: student?.firstName ?? '',
      lastName: student?.lastName ?? '',
      dateOfBirth: student?.dateOfBirth ?? '',
      grade: student?.grade ?? 'K',
      schoolId: student?.school.id ?? schools[0]?.value ?? '',
    },
    (values) => ({
      firstName: requiredText(values.firstName, LIMITS.studentName),
      lastName: requiredText(values.lastName, LIMITS.studentName),
      dateOfBirth: birthDateProblem(values.dateOfBirth),
    }),
  );
  // A grade recorded before the list existed stays choosable, so saving other fields does not change it.
  const recorded = student?.grade ?? 'K';
  const grades: string[] = (GRADES as readonly string[]).includes(recorded)
    ? [...GRADES]
    : [recorded, ...GRADES];

  async function save(values: typeof form.values) {
    const fields = { ...values, firstName: values.firstName.trim(), lastName: values.lastName.trim() };
    if (student) await update({ id: student.id, ...fields });
    else await create(fields);
    onSaved();
    onClose();
    return student
      ? t('admin.common.saved')
      : t('admin.students.form.created', { name: `${fields.firstName} ${fields.lastName}` });
  }

  return (
    <RecordForm
      onSubmit={submit(save)}
      failure={failure}
      onCancel={onClose}
      loading={loading}
      submitLabel={student ? t('admin.common.save') : t('admin.students.form.create')}
    >
      <TextField label={t('admin.students.form.firstName')} required {...form.getInputProps('firstName')} />
      <TextField label={t('admin.students.form.lastName')} required {...form.getInputProps('lastName')} />
      <TextField
        label={t('admin.students.form.dateOfBirth')}
        description={t('admin.students.form.dateOfBirthHint')}
        type="date"
        required
        {...form.getInputProps('dateOfBirth')}
      />
      <NativeSelect
        label={t('admin.students.form.grade')}
        data={grades.map((value) => ({
          value,
          label: t(`admin.grades.${value}`, { defaultValue: value }),
        }))}
        {...form.getInputProps('grade')}
      />
      <NativeSelect
        label={t('admin.students.form.school')}
        data={schools}
        {...form.getInputProps('schoolId')}
      />
    </RecordForm>
  );
}

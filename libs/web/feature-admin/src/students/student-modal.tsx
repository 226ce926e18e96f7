import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GRADES } from '@iep/domain/district-records';
import { graphql } from '@iep/web/data-access';
import { LIMITS, birthDateProblem, collect, requiredText, type Problems } from '../admin-rules';
import { SaveFailure, useNotifySuccess, useProblemText } from '../admin-ui';

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
      id
      firstName
      lastName
      dateOfBirth
      grade
      school {
        id
        name
      }
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

type Props = {
  opened: boolean;
  /** null to add a student. */
  student: EditableStudent | null;
  schools: Array<{ value: string; label: string }>;
  onClose: () => void;
  onSaved: () => void;
};

export function StudentModal({ opened, student, schools, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={
        student
          ? t('admin.students.form.editTitle', { name: `${student.firstName} ${student.lastName}` })
          : t('admin.students.form.createTitle')
      }
      closeButtonProps={{ 'aria-label': t('admin.common.close') }}
    >
      {opened && (
        <StudentForm
          key={student?.id ?? 'new'}
          student={student}
          schools={schools}
          onClose={onClose}
          onSaved={onSaved}
        />
      )}
    </Modal>
  );
}

type Field = 'firstName' | 'lastName' | 'dateOfBirth';

function StudentForm({ student, schools, onClose, onSaved }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const notifySuccess = useNotifySuccess();
  const problemText = useProblemText();
  const [createStudent, created] = useMutation(CreateStudentMutation);
  const [updateStudent, updated] = useMutation(UpdateStudentMutation);
  const [firstName, setFirstName] = useState(student?.firstName ?? '');
  const [lastName, setLastName] = useState(student?.lastName ?? '');
  const [dateOfBirth, setDateOfBirth] = useState(student?.dateOfBirth ?? '');
  const [grade, setGrade] = useState(student?.grade ?? 'K');
  const [schoolId, setSchoolId] = useState(student?.school.id ?? schools[0]?.value ?? '');
  const [problems, setProblems] = useState<Problems<Field>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const refs = {
    firstName: useRef<HTMLInputElement>(null),
    lastName: useRef<HTMLInputElement>(null),
    dateOfBirth: useRef<HTMLInputElement>(null),
  };
  // A grade recorded before the list existed stays choosable, so saving other fields does not change it.
  const grades: string[] = (GRADES as readonly string[]).includes(grade) ? [...GRADES] : [grade, ...GRADES];

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = collect<Field>({
      firstName: requiredText(firstName, LIMITS.studentName),
      lastName: requiredText(lastName, LIMITS.studentName),
      dateOfBirth: birthDateProblem(dateOfBirth),
    });
    setProblems(found);
    setFailure(null);
    const first = (['firstName', 'lastName', 'dateOfBirth'] as const).find((field) => found[field]);
    if (first) {
      refs[first].current?.focus();
      return;
    }
    const fields = { firstName: firstName.trim(), lastName: lastName.trim(), dateOfBirth, grade, schoolId };
    try {
      if (student) {
        await updateStudent({ variables: { input: { id: student.id, ...fields } } });
        notifySuccess(t('admin.common.saved'));
      } else {
        await createStudent({ variables: { input: fields } });
        notifySuccess(t('admin.students.form.created', { name: `${fields.firstName} ${fields.lastName}` }));
      }
      onSaved();
      onClose();
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="md">
        <SaveFailure error={failure} />
        <TextInput
          ref={refs.firstName}
          label={t('admin.students.form.firstName')}
          autoComplete="off"
          required
          withAsterisk={false}
          value={firstName}
          onChange={(event) => setFirstName(event.currentTarget.value)}
          error={problemText(problems.firstName)}
        />
        <TextInput
          ref={refs.lastName}
          label={t('admin.students.form.lastName')}
          autoComplete="off"
          required
          withAsterisk={false}
          value={lastName}
          onChange={(event) => setLastName(event.currentTarget.value)}
          error={problemText(problems.lastName)}
        />
        <TextInput
          ref={refs.dateOfBirth}
          label={t('admin.students.form.dateOfBirth')}
          description={t('admin.students.form.dateOfBirthHint')}
          type="date"
          required
          withAsterisk={false}
          value={dateOfBirth}
          onChange={(event) => setDateOfBirth(event.currentTarget.value)}
          error={problemText(problems.dateOfBirth)}
        />
        <NativeSelect
          label={t('admin.students.form.grade')}
          value={grade}
          onChange={(event) => setGrade(event.currentTarget.value)}
          data={grades.map((value) => ({
            value,
            label: t(`admin.grades.${value}`, { defaultValue: value }),
          }))}
        />
        <NativeSelect
          label={t('admin.students.form.school')}
          value={schoolId}
          onChange={(event) => setSchoolId(event.currentTarget.value)}
          data={schools}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('admin.common.cancel')}
          </Button>
          <Button type="submit" loading={created.loading || updated.loading}>
            {student ? t('admin.common.save') : t('admin.students.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
